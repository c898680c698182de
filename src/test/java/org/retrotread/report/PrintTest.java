package org.retrotread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.print.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retrotread.report.pdf.SessionSheetPdf;
import org.retrotread.report.print.PdfPrinting;
import org.retrotread.work.Worker;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session sheet printed to a real CUPS queue (the CUPS-PDF driver writes each job to ~/PDF).
 * Without a printer the test is skipped with a message; CI sets RETROTREAD_REQUIRE_PRINTER=1 and
 * installs CUPS, so there a missing printer fails the build instead of skipping silently.
 */
class PrintTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Path output() {
        String configured = System.getenv("RETROTREAD_PRINT_OUTPUT");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), "PDF");
    }

    private static Set<Path> pdfs() throws Exception {
        if (!Files.isDirectory(output())) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(output())) {
            return files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    @Test
    void aSessionSheetPrintsOnTheDefaultPrinter() throws Exception {
        Optional<Printer> found = PdfPrinting.defaultPrinter();
        boolean printer = found.isPresent();
        if (!printer && "1".equals(System.getenv("RETROTREAD_REQUIRE_PRINTER"))) {
            fail("No printer, but this build requires one: .ci/run installs CUPS with CUPS-PDF and makes it the default");
        }
        assumeTrue(printer, "No printer installed: skipped. Install CUPS with the CUPS-PDF driver (see .ci/run) to run it.");
        Set<Path> before = pdfs();
        SessionSheets sheets = new SessionSheets(SheetFixtures.ENGLISH, ZoneOffset.UTC);
        SessionSheet sheet = sheets.of(SheetFixtures.knee("Ørjan Łukasz", ""), "Riverside Physio", Instant.now());
        CompletableFuture<PdfPrinting.Outcome> outcome = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> PdfPrinting.print(found.get(), null, PaperSize.A4,
                paper -> SessionSheetPdf.write(sheet, paper, "page {0} of {1}"), Worker.inline(), outcome::complete));
        assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(PdfPrinting.Outcome.PRINTED);
        Path printed = null;
        for (int i = 0; i < 120 && printed == null; i++) {
            List<Path> fresh = pdfs().stream().filter(p -> !before.contains(p)).toList();
            printed = fresh.stream().filter(p -> p.toFile().length() > 0).findFirst().orElse(null);
            Thread.sleep(250);
        }
        assertThat(printed).as("a file from the CUPS-PDF queue in " + output()).isNotNull();
        Thread.sleep(500); // CUPS-PDF may still be closing the file
        try (PDDocument doc = Loader.loadPDF(printed.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }
}
