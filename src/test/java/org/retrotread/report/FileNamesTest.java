package org.retrotread.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void namesKeepEveryLanguagesLettersAndLoseWhatFileSystemsRefuse() {
        assertThat(FileNames.safe("Łukasz Żółć 2026-11-20 session 12.pdf")).isEqualTo("Łukasz Żółć 2026-11-20 session 12.pdf");
        assertThat(FileNames.safe("A/B\\\\C:D*E?F\"G<H>I|J\u0007K.pdf")).isEqualTo("A B C D E F G H I J K.pdf");
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("etc passwd");
        assertThat(FileNames.safe("x".repeat(400))).hasSize(FileNames.LONGEST);
    }
}
