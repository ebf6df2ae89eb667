package nl.schakel.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Spring Security's {@link RequestDataValueProcessor} (which adds the CSRF field), plus a fresh {@code _form}
 * token in every form whose method is POST. Thymeleaf asks it once per form with {@code th:action}.
 */
final class FormTokenFields implements RequestDataValueProcessor {

    private static final String POST_FORM = FormTokenFields.class.getName() + ".post";

    private final RequestDataValueProcessor delegate;
    private final ObjectProvider<FormTokens> tokens;

    FormTokenFields(RequestDataValueProcessor delegate, ObjectProvider<FormTokens> tokens) {
        this.delegate = delegate;
        this.tokens = tokens;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        request.setAttribute(POST_FORM, "post".equalsIgnoreCase(httpMethod));
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        if (Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
            fields.put(FormTokens.FIELD, tokens.getObject().issue());
        }
        request.removeAttribute(POST_FORM);
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
