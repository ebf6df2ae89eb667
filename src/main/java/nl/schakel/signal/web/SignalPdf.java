package nl.schakel.signal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nl.schakel.access.SchakelUser;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF of a signal: the template {@code signal/pdf} (well-formed XHTML, its own style, no links or scripts)
 * rendered by OpenHTMLtoPDF. It holds what the page's summary and content hold — never the reporter's identity or
 * the conversation, which are not in the signal's read model at all (decision 0026).
 */
@Component
class SignalPdf {

    /** The PDF and the name to save it under (the reference only). */
    record Document(String filename, byte[] bytes) {
    }

    private final SignalPage page;
    private final ITemplateEngine templates;

    SignalPdf(SignalPage page, ITemplateEngine templates) {
        this.page = page;
        this.templates = templates;
    }

    Optional<Document> render(SchakelUser officer, SignalId id) {
        ExtendedModelMap model = new ExtendedModelMap();
        if (!page.printable(officer, id, model)) {
            return Optional.empty();
        }
        Context context = new Context(LocaleContextHolder.getLocale(), model);
        String html = templates.process("signal/pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SignalDetail signal = (SignalDetail) model.getAttribute("signal");
        return Optional.of(new Document("signaal-" + signal.reference() + ".pdf", out.toByteArray()));
    }
}
