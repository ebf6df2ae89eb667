package nl.schakel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of its errors answers 422, not 200: people see their input and the
 * explanations, and machines (monitoring, tests, assistive tooling) see that it was refused. One rule
 * for every form, instead of each controller remembering it.
 */
class RefusedFormStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView view) {
        if (view == null || response.getStatus() != HttpStatus.OK.value()) {
            return;
        }
        boolean refused = view.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        if (refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }
}
