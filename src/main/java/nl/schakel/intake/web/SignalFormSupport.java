package nl.schakel.intake.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.schakel.attachments.Upload;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.NotReadablePropertyException;
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

    String review(Model model, SignalForm form) {
        choices(model);
        model.addAttribute("form", form.filled());
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
        model.addAttribute("catalogue", catalogues.current());
        model.addAttribute("municipalities", intake.municipalities());
        // "Prefer not to say" first: it is what the form shows until the reporter chooses.
        model.addAttribute("reporterTypes", java.util.stream.Stream.concat(java.util.stream.Stream.of(ReporterType.UNKNOWN),
                java.util.Arrays.stream(ReporterType.values()).filter(t -> t != ReporterType.UNKNOWN)).toList());
        model.addAttribute("vulnerabilityFlags", Vulnerability.values());
        model.addAttribute("sexes", PersonEntry.Sex.values());
        model.addAttribute("personRoles", PersonEntry.PersonRole.values());
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
