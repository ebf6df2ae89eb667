package nl.schakel.forms;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Wires the form tokens into every page and every POST, and makes every {@code redirect:} a 303 See Other, so
 * the browser follows it with a GET and never offers to send the form again.
 */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration implements WebMvcConfigurer {

    private final FormTokens tokens;

    FormsConfiguration(FormTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormTokenInterceptor(tokens)).excludePathPatterns("/api/**");
    }

    /** Adds the token field next to Spring Security's CSRF field in every form Thymeleaf renders with th:action. */
    @Bean
    static BeanPostProcessor formTokenFields(org.springframework.beans.factory.ObjectProvider<FormTokens> tokens) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(beanName)) {
                    return new FormTokenFields(processor, tokens);
                }
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setRedirectHttp10Compatible(false);
                }
                return bean;
            }
        };
    }
}
