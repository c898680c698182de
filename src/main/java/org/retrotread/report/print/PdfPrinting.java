package org.retrotread.report.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.retrotread.report.PaperSize;
import org.retrotread.work.Worker;

/**
 * Prints a sheet through the system's printer dialog. The pages printed are the PDF's own, drawn at
 * print resolution, so paper and file always match; the PDF is made for the paper chosen in the
 * dialog (A4 or Letter) and each page is scaled to the printable area the page set-up leaves.
 */
public final class PdfPrinting {

    /** How a print request ended. */
    public enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    private static final float DOTS_PER_INCH = 150;

    private PdfPrinting() {
    }

    /**
     * The computer's default printer, if it has one. The first call asks the print system (CUPS), which
     * may be slow: call it away from the screen's thread and hand the answer to {@link #print}.
     */
    public static Optional<Printer> defaultPrinter() {
        return Optional.ofNullable(Printer.getDefaultPrinter());
    }

    /**
     * Asks the person (when {@code owner} is given; else the default printer and paper are used), then
     * makes the pages on {@code worker} and prints them. {@code done} hears the outcome on the screen's thread.
     *
     * @param pdf the sheet as a PDF for a paper size (called on the worker's thread)
     */
    public static void print(Printer printer, Window owner, PaperSize preferred, Function<PaperSize, byte[]> pdf,
                             Worker worker, Consumer<Outcome> done) {
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            done.accept(Outcome.NO_PRINTER);
            return;
        }
        job.getJobSettings().setPageLayout(printer.createPageLayout(preferred == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4,
                PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT));
        if (owner != null && !job.showPrintDialog(owner)) {
            job.cancelJob();
            done.accept(Outcome.CANCELLED);
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PaperSize paper = layout.getPaper() == Paper.NA_LETTER ? PaperSize.LETTER
                : layout.getPaper() == Paper.A4 ? PaperSize.A4 : preferred;
        // The pages are made away from the screen's thread; they are printed on it, where JavaFX wants its
        // nodes (printPage keeps the screen responsive meanwhile with a nested event loop). A failure, out of
        // memory on a long sheet too, cancels the job rather than leaving it open.
        worker.run(() -> pages(pdf.apply(paper)),
                pages -> done.accept(printPages(job, layout, pages) ? Outcome.PRINTED : Outcome.FAILED),
                failed -> {
                    job.cancelJob();
                    done.accept(Outcome.FAILED);
                });
    }

    private static boolean printPages(PrinterJob job, PageLayout layout, List<WritableImage> pages) {
        for (WritableImage page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    /** The PDF's pages as images at print resolution. */
    static List<WritableImage> pages(byte[] pdf) throws IOException {
        List<WritableImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                images.add(image(renderer.renderImageWithDPI(i, DOTS_PER_INCH, ImageType.RGB)));
            }
        }
        return images;
    }

    private static WritableImage image(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        int[] argb = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
