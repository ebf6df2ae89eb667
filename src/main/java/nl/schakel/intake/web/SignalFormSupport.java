package nl.schakel.intake.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.schakel.attachments.Upload;
import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the public and the internal signal forms share: the choices they offer, and the steps
 * fill in → check → send, in which nothing typed is ever lost.
 */
@Component
class SignalFormSupport {

    static final String FORM = "intake/form";
    static final String REVIEW = "intake/review";

    private final IndicatorCatalogues catalogues;
    private final SignalIntake intake;

    SignalFormSupport(IndicatorCatalogues catalogues, SignalIntake intake) {
        this.catalogues = catalogues;
        this.intake = intake;
    }

    /** Shows the form to fill in, with a blank row to type in for every repeatable part. */
    String form(Model model, SignalForm form) {
        choices(model);
        model.addAttribute("form", form.forDisplay());
        return FORM;
    }

    /**
     * Shows the form again with its errors and with what was typed. When a value could not even be
     * converted (letters in an age), Spring leaves the binding result without a target; the errors are
     * then carried over to the form object as constructed, so both are shown. (The web shell answers
     * such pages with 422.)
     */
    String invalid(Model model, SignalForm form, BindingResult errors) {
        choices(model);
        DirectFieldBindingResult result = new RecordBindingResult(form);
        result.addAllErrors(errors);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return FORM;
    }

    /** Shows the check page; its form carries everything as hidden fields, plus the files to attach. */
    String review(Model model, SignalForm form) {
        return review(model, new RecordBindingResult(form.filled()));
    }

    /**
     * Shows the check page again with the reason an attachment was refused next to the file field (decision 0019:
     * in the form's binding result, so the web shell answers 422).
     */
    String attachmentRefused(Model model, SignalForm form, String messageKey, @Nullable String filename) {
        return review(model, (RecordBindingResult) refusedFiles(form.filled(), messageKey, filename));
    }

    /** The reason an attachment was refused, next to the file field of the form (decision 0019). */
    static BindingResult refusedFiles(SignalForm form, String messageKey, @Nullable String filename) {
        RecordBindingResult result = new RecordBindingResult(form);
        result.rejectValue("files", messageKey, new Object[] {filename == null ? "" : filename}, messageKey);
        return result;
    }

    /** A binding result without errors that can also answer for fields the record lacks (such as the files). */
    static BindingResult bindingOf(SignalForm form) {
        return new RecordBindingResult(form);
    }

    /** The form's errors, limited to those a filter accepts (the fields one page of the public form shows). */
    static BindingResult errorsOf(SignalForm form, BindingResult errors, java.util.function.Predicate<String> fields) {
        RecordBindingResult result = new RecordBindingResult(form);
        errors.getFieldErrors().stream().filter(e -> fields.test(e.getField())).forEach(result::addError);
        return result;
    }

    private String review(Model model, RecordBindingResult result) {
        choices(model);
        model.addAttribute("form", result.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return REVIEW;
    }

    /**
     * Reads a record's components directly; a derived, validated property (such as
     * "contact given when not anonymous") has no field, and has no value to show either.
     */
    private static final class RecordBindingResult extends DirectFieldBindingResult {

        RecordBindingResult(SignalForm form) {
            super(form, "form");
        }

        @Override
        protected @Nullable Object getActualFieldValue(String field) {
            try {
                return super.getActualFieldValue(field);
            } catch (NotReadablePropertyException e) {
                return null;
            }
        }
    }

    void choices(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        IndicatorCatalogue catalogue = catalogues.current();
        model.addAttribute("catalogue", catalogue);
        var municipalities = intake.municipalities();
        model.addAttribute("municipalities", municipalities);
        Map<String, String> municipalityChoices = new LinkedHashMap<>();
        municipalities.forEach(m -> municipalityChoices.put(m.id().value().toString(), m.name()));
        model.addAttribute("municipalityChoices", municipalityChoices);
        Map<String, Map<String, String>> indicatorChoices = new LinkedHashMap<>();
        catalogue.groups().forEach(g -> indicatorChoices.put(g.code(), texts(g.indicators(), locale)));
        model.addAttribute("indicatorChoices", indicatorChoices);
        model.addAttribute("residentGroups", catalogue.groups().stream().filter(g -> !professionalGroup(g.code())).toList());
        model.addAttribute("exploitationFormChoices", texts(catalogue.exploitationForms(), locale));
        model.addAttribute("anonymityChoices", List.of(true, false));
        // "Prefer not to say" first: it is what the form shows until the reporter chooses.
        model.addAttribute("reporterTypes", java.util.stream.Stream.concat(java.util.stream.Stream.of(ReporterType.UNKNOWN),
                java.util.Arrays.stream(ReporterType.values()).filter(t -> t != ReporterType.UNKNOWN)).toList());
        model.addAttribute("vulnerabilityFlags", Vulnerability.values());
        model.addAttribute("sexes", PersonEntry.Sex.values());
        model.addAttribute("personRoles", PersonEntry.PersonRole.values());
    }

    /**
     * Whether a group of the signalenkaart is meant for one kind of professional: its code names a reporter type
     * (front desk, enforcement, social team). Those groups appear only on the internal form; residents see the rest.
     */
    static boolean professionalGroup(String groupCode) {
        return java.util.Arrays.stream(ReporterType.values())
                .filter(t -> t != ReporterType.RESIDENT && t != ReporterType.UNKNOWN)
                .anyMatch(t -> t.name().equals(groupCode));
    }

    private static Map<String, String> texts(List<CatalogueItem> items, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        items.forEach(item -> texts.put(item.code(), item.text(locale)));
        return texts;
    }

    static List<Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    uploads.add(new Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                            file.getBytes()));
                }
            }
        }
        return uploads;
    }
}
