package org.retrotread.bench;

import java.nio.file.Path;

/** The large-clinic start benchmark's database: the store benchmark's clinic (400 clients, 50,000 sessions). */
public final class LargeClinic {

    private LargeClinic() {
    }

    public static void main(String[] args) throws Exception {
        ClinicGenerator.generate(Path.of(args[0]), 400, 50_000, 100);
    }
}
