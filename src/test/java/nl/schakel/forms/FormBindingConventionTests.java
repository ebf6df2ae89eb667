package nl.schakel.forms;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to bind and check a browser form (decision 0019): every POST handler of a browser controller takes a
 * command record with {@code @Valid @ModelAttribute}, directly followed by its {@code BindingResult}, and reads no
 * field of the form with {@code @RequestParam}. Only buttons without a form body (everything they need is in the
 * path or the session) are exempt, each with its reason. And no HTML form class is a JSON API body, or vice versa.
 */
class FormBindingConventionTests {

    /** POST handlers that carry no form fields: a button, the path says what it acts on. */
    private static final Map<String, String> BUTTONS = Map.ofEntries(
            Map.entry("administration.web.UserAdminController#deactivate", "button; the user is in the path"),
            Map.entry("administration.web.UserAdminController#reactivate", "button (undo); the user is in the path"),
            Map.entry("administration.web.UserAdminController#resetPassword", "button; the user is in the path"),
            Map.entry("administration.web.OrganisationAdminController#deactivate", "button; the organisation is in the path"),
            Map.entry("administration.web.OrganisationAdminController#reactivate", "button (undo)"),
            Map.entry("administration.web.ApiTokenAdminController#revoke", "button; the token is in the path"),
            Map.entry("routing.web.OfficerRoutingController#revoke", "button; the referral is in the path"),
            Map.entry("routing.web.OfficerRoutingController#complete", "button; the referral is in the path"),
            Map.entry("routing.web.OfficerRoutingController#acute", "one-click acute routing; the signal is in the path"),
            Map.entry("routing.web.RoutingRulesAdminController#deactivate", "button; the rule is in the path"),
            Map.entry("routing.web.PartnerReferralController#accept", "button; the referral is in the path"),
            Map.entry("routing.web.PartnerReferralController#start", "button; the referral is in the path"),
            Map.entry("routing.web.PartnerReferralController#complete",
                    "button on the confirmation page; the referral is in the path"),
            Map.entry("web.HomeController#openNotice", "opening a notice; the notice is in the path"),
            Map.entry("web.HomeController#markRead", "marking a notice read; the notice is in the path"),
            Map.entry("audit.web.AuditController#verify", "button; verifies the whole trail"),
            Map.entry("catalogue.web.CatalogueAdminController#startDraft", "button"),
            Map.entry("catalogue.web.CatalogueAdminController#publish", "button"),
            Map.entry("catalogue.web.CatalogueAdminController#discard", "button"),
            Map.entry("catalogue.web.CatalogueAdminController#remove", "button; the entry is in the path"),
            Map.entry("administration.web.UserAdminController#resetSecondFactor", "button; the user is in the path"),
            Map.entry("catalogue.web.CatalogueAdminController#restore", "button (undo); the entry is in the path"),
            Map.entry("handling.web.HandlingController#confirm", "four-eyes button; the classification is in the path"),
            Map.entry("signal.web.SignalController#takeUp", "Oppakken: button; the signal is in the path"),
            Map.entry("handling.web.HandlingController#reject", "four-eyes button; the classification is in the path"),
            Map.entry("intake.web.PublicIntakeController#forgetReceipt", "button; the handle is in the path"),
            Map.entry("stacking.web.StackController#confirm", "review button; the proposal is in the path"),
            Map.entry("stacking.web.StackController#reject", "review button; the proposal is in the path"),
            Map.entry("stacking.web.StackController#split", "review button; the merge is in the path"),
            Map.entry("directory.web.DirectoryController#confirm", "button; the organisation is in the path"),
            Map.entry("shelter.web.PlacementController#accept", "button; the placement request is in the path"),
            Map.entry("shelter.web.PlacementController#place", "button; the placement request is in the path"),
            Map.entry("intake.web.CosignController#cosign", "co-sign button; the signal is in the path"),
            Map.entry("retention.web.RetentionAdminController#lift", "button; the hold is in the path"),
            Map.entry("retention.web.DestructionListController#approve", "button; the batch is in the path"));

    @Test
    void everyPostFormIsACheckedCommand() {
        List<String> offenders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Method handler : postHandlers(browserControllers())) {
            String name = name(handler);
            seen.add(name);
            if (BUTTONS.containsKey(name)) {
                if (readsFormFields(handler) || command(handler) != null) {
                    offenders.add(name + " is listed as a button but reads a form");
                }
                continue;
            }
            Parameter command = command(handler);
            if (command == null) {
                offenders.add(name + " has no @Valid @ModelAttribute command followed by its BindingResult");
            } else if (readsFormFields(handler)) {
                offenders.add(name + " reads form fields with @RequestParam besides its command");
            }
        }
        assertThat(offenders).as("POST handlers outside the one way to bind a form").isEmpty();
        Set<String> stale = new TreeSet<>(BUTTONS.keySet());
        stale.removeAll(seen);
        assertThat(stale).as("allow-listed handlers that no longer exist").isEmpty();
    }

    @Test
    void noHtmlFormIsAnApiBody() {
        Set<Class<?>> forms = new HashSet<>();
        for (Method handler : postHandlers(browserControllers())) {
            Parameter command = command(handler);
            if (command != null) {
                forms.add(command.getType());
            }
        }
        Set<Class<?>> bodies = new HashSet<>();
        for (Class<?> controller : controllers(type -> AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class))) {
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)
                            && parameter.getType().getName().startsWith("nl.schakel.")) {
                        bodies.add(parameter.getType());
                    }
                }
            }
        }
        assertThat(bodies).as("the partner API has request records of its own").isNotEmpty();
        assertThat(forms).as("browser form commands").isNotEmpty().doesNotContainAnyElementsOf(bodies);
        assertThat(bodies).allSatisfy(body -> assertThat(body.getPackageName()).as(body.getName()).endsWith(".api"));
        assertThat(forms).allSatisfy(form -> assertThat(form.getPackageName()).as(form.getName()).doesNotContain(".api"));
    }

    /**
     * A form that carries a password, a code or a secret hides it from {@code toString()} (logs, error pages): the
     * record's default toString would print it.
     */
    @Test
    void secretsAreNotInAFormsToString() throws ReflectiveOperationException {
        List<String> leaks = new ArrayList<>();
        Set<Class<?>> forms = new java.util.LinkedHashSet<>();
        for (Method handler : postHandlers(browserControllers())) {
            Parameter command = command(handler);
            if (command != null && command.getType().isRecord()) {
                forms.add(command.getType());
            }
        }
        int checked = 0;
        for (Class<?> form : forms) {
            RecordComponent[] components = form.getRecordComponents();
            if (Stream.of(components).noneMatch(c -> SECRET.matcher(c.getName()).matches())) {
                continue;
            }
            checked++;
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Class<?> type = components[i].getType();
                values[i] = type == String.class ? "LEAK-" + components[i].getName()
                        : type == boolean.class ? false : type.isPrimitive() ? 0 : null;
            }
            var constructor = form.getDeclaredConstructor(
                    Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            String shown = constructor.newInstance(values).toString();
            for (RecordComponent c : components) {
                if (SECRET.matcher(c.getName()).matches() && shown.contains("LEAK-" + c.getName())) {
                    leaks.add(form.getName() + "." + c.getName());
                }
            }
        }
        assertThat(checked).as("forms with a secret").isGreaterThanOrEqualTo(3);
        assertThat(leaks).as("secrets printed by a form's toString").isEmpty();
    }

    /** Names of form fields that hold something secret. */
    private static final java.util.regex.Pattern SECRET =
            java.util.regex.Pattern.compile("(?i).*(password|secret|code)");

    static List<Class<?>> browserControllers() {
        return controllers(type -> !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class));
    }

    private static List<Class<?>> controllers(Predicate<Class<?>> which) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("nl.schakel")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (which.test(type)) {
                found.add(type);
            }
        }
        return found;
    }

    static List<Method> postHandlers(List<Class<?>> controllers) {
        List<Method> handlers = new ArrayList<>();
        for (Class<?> controller : controllers) {
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (method.isAnnotationPresent(PostMapping.class) || mapping != null
                        && List.of(mapping.method()).contains(org.springframework.web.bind.annotation.RequestMethod.POST)) {
                    handlers.add(method);
                }
            }
        }
        return handlers;
    }

    /** The @Valid @ModelAttribute parameter directly followed by a BindingResult, or null. */
    private static Parameter command(Method handler) {
        Parameter[] parameters = handler.getParameters();
        for (int i = 0; i < parameters.length - 1; i++) {
            Parameter p = parameters[i];
            if (p.isAnnotationPresent(Valid.class) && p.isAnnotationPresent(ModelAttribute.class)
                    && Errors.class.isAssignableFrom(parameters[i + 1].getType())) {
                return p;
            }
        }
        return null;
    }

    /** Whether the handler reads fields of the form outside a command (files may come as parts). */
    private static boolean readsFormFields(Method handler) {
        for (Parameter p : handler.getParameters()) {
            boolean file = MultipartFile.class.isAssignableFrom(p.getType())
                    || p.getParameterizedType().getTypeName().contains(MultipartFile.class.getName());
            if ((p.isAnnotationPresent(RequestParam.class) || p.isAnnotationPresent(RequestPart.class)) && !file) {
                return true;
            }
            if (p.isAnnotationPresent(ModelAttribute.class) && !p.isAnnotationPresent(Valid.class)) {
                return true;
            }
        }
        return false;
    }

    private static String name(Method handler) {
        return handler.getDeclaringClass().getName().substring("nl.schakel.".length()) + "#" + handler.getName();
    }
}
