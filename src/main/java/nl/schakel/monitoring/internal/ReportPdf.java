package nl.schakel.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/** The council report as PDF: the same template as the page's tables, rendered to XHTML and then to PDF. */
@Component
public class ReportPdf {

    private final ITemplateEngine templates;
    private final ApplicationContext context;

    ReportPdf(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    public byte[] render(Map<String, Object> model, Locale locale) {
        Context variables = new Context(locale, model);
        // Outside a request the template reaches beans (@labels) only through this evaluation context.
        variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        String html = templates.process("monitoring/report-pdf", variables);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
