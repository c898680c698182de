package org.retrotread.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** The engine knows no screen and no database: it can be tested, replayed and reused anywhere. */
@AnalyzeClasses(packages = "org.retrotread", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineUsesNoJavaFx = noClasses().that().resideInAPackage("org.retrotread.session..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the session engine must run without a screen");

    @ArchTest
    static final ArchRule engineUsesNoJdbc = noClasses().that().resideInAPackage("org.retrotread.session..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("storage belongs to the store package alone");

    @ArchTest
    static final ArchRule engineUsesNothingAboveIt = noClasses().that().resideInAPackage("org.retrotread.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.retrotread.ui..", "org.retrotread.app..",
                    "org.retrotread.store..", "org.retrotread.report..", "org.retrotread.i18n..")
            .because("data flows one way: screens and storage use the engine, never the reverse");

    @ArchTest
    static final ArchRule jdbcLivesInTheStoreAlone = noClasses().that().resideOutsideOfPackage("org.retrotread.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("screens reach the database through the store's repositories and journal");

    /** Sheets and files are made without JavaFX; only printing (report.print) draws on it. */
    @ArchTest
    static final ArchRule reportsUseNoJavaFxButToPrint = noClasses().that().resideInAPackage("org.retrotread.report..")
            .and().resideOutsideOfPackage("org.retrotread.report.print..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule reportsKnowNoScreen = noClasses().that().resideInAPackage("org.retrotread.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.retrotread.ui..", "org.retrotread.app..");

    @ArchTest
    static final ArchRule theStoreKnowsNoScreen = noClasses().that().resideInAPackage("org.retrotread.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.retrotread.ui..", "org.retrotread.app..")
            .because("data flows one way: the screens use the store");

    @ArchTest
    static final ArchRule sessionPackagesHaveNoCycles = slices().matching("org.retrotread.session.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule screensKnowNotTheApp = noClasses().that().resideInAPackage("org.retrotread.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.retrotread.app..")
            .because("the app wires the screens; a screen is given what it needs, never the app");

    /** The flows are given a Navigator; only the composition root and the launcher know the class behind it. */
    @ArchTest
    static final ArchRule flowsPointNotBackUp = noClasses().that().resideInAPackage("org.retrotread.app..")
            .and().doNotHaveSimpleName("Screens").and().doNotHaveSimpleName("RetrotreadApp").and().doNotHaveSimpleName("Launcher")
            .and().doNotHaveSimpleName("StartupProbe")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.retrotread.app.Screens")
            .because("nothing points back up into the navigator");

    /** Each screen is a feature of its own; what two screens share lives in ui.common. */
    @ArchTest
    static final ArchRule noScreenKnowsAnother = slices().matching("org.retrotread.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.retrotread.ui.common.."))
            .because("a screen that reaches into another cannot be changed alone");

    /**
     * The named workers: the database thread, the journal's writer and watchdog, the clinic server's sender, the
     * integrity check, the backup, the sounds.
     */
    private static final List<String> THREAD_OWNERS = List.of(
            "org.retrotread.work.Background", "org.retrotread.store.EventJournal", "org.retrotread.store.ServerSender",
            "org.retrotread.store.Database",
            "org.retrotread.app.DatabaseActions", "org.retrotread.ui.console.CuePlayer");

    @ArchTest
    static final ArchRule onlyTheNamedWorkersMakeThreads = noClasses().that(not(namedWorkers()))
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .orShould().callMethodWhere(target(owner(type(Executors.class))))
            .orShould().callMethodWhere(target(owner(type(CompletableFuture.class))).and(target(nameMatching(".*Async"))))
            .because("work leaves the screen's thread one way, the Worker; the few threads of their own are named here");

    private static DescribedPredicate<JavaClass> namedWorkers() {
        return DescribedPredicate.describe("the named workers", c -> THREAD_OWNERS.contains(c.getName().split("\\$")[0]));
    }
}
