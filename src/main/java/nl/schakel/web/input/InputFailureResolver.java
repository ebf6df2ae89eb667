package nl.schakel.web.input;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The last of Spring MVC's exception resolvers: what no controller and no standard resolver handled.
 * A request that cannot be bound — a broken multipart body, a row or field name that does not fit the
 * form, a value that cannot be converted — is the sender's problem: 400. Anything else is Schakel's: 500.
 * Either way the log gets the exception's class and the correlation id only ({@link SafeLog}), and the
 * answer is the usual error page (problem details on the API), never the exception's message.
 * Security exceptions are left to Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class InputFailureResolver implements HandlerExceptionResolver, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(InputFailureResolver.class);

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception e) {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            return null;
        }
        boolean api = ApiPaths.isApi(request);
        if (api && !isInputProblem(e)) {
            // The API's own filter (access.security.StatelessApiFilter) answers its failures as problems.
            return null;
        }
        int status;
        if (isInputProblem(e)) {
            status = HttpStatus.BAD_REQUEST.value();
            log.info("Request refused: it could not be bound ({})", SafeLog.describe(e, request));
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR.value();
            log.error("Request failed: {}", SafeLog.describe(e, request));
        }
        try {
            if (response.isCommitted()) {
                return new ModelAndView();
            }
            if (api) {
                ApiPaths.problem(response, status);
            } else {
                response.sendError(status);
            }
        } catch (IOException | IllegalStateException writeFailed) {
            log.debug("Could not answer the failed request ({})", SafeLog.describe(writeFailed));
        }
        return new ModelAndView();
    }

    static boolean isInputProblem(Throwable e) {
        return e instanceof MultipartException || e instanceof InvalidPropertyException
                || e instanceof BeanInstantiationException || e instanceof BindException
                || e instanceof ConversionException || aroseWhileBinding(e);
    }

    /**
     * Spring's data binder gives up on some names no form sends with plain runtime exceptions (a
     * non-numeric row index of a record's list: NumberFormatException; a nested path through a row it
     * cannot create: IllegalStateException). Those arose while the request was bound to the handler's
     * arguments, before the handler ran: the request's fault, not Schakel's.
     */
    private static boolean aroseWhileBinding(Throwable e) {
        if (!(e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof IndexOutOfBoundsException)) {
            return false;
        }
        boolean binding = false;
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.equals("org.springframework.web.method.support.InvocableHandlerMethod")
                    && frame.getMethodName().equals("doInvoke")) {
                return false;
            }
            if (type.startsWith("org.springframework.validation.DataBinder")
                    || type.startsWith("org.springframework.beans.AbstractNestablePropertyAccessor")) {
                binding = true;
            }
            if (type.equals("org.springframework.web.method.annotation.ModelAttributeMethodProcessor")) {
                return binding;
            }
        }
        return false;
    }
}
