package org.retrotread.report;

import org.retrotread.i18n.Messages;
import org.retrotread.store.Client;

/**
 * Who a paper is about, in one line: name, identifier and date of birth. It heads the paper and is
 * printed at the foot of every page, so a page that comes loose from the file still says whose it is.
 */
final class ClientLine {

    private ClientLine() {
    }

    static String of(Messages text, Client client) {
        String line = client.name() + client.identifier().map(i -> " \u00b7 " + i).orElse("");
        return line + client.dateOfBirth().map(d -> " \u00b7 " + text.format("report.born",
                text.dates().date(d))).orElse("");
    }
}
