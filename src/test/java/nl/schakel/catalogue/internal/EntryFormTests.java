package nl.schakel.catalogue.internal;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import static org.assertj.core.api.Assertions.assertThat;

class EntryFormTests {

    private final SpringValidatorAdapter validator =
            new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());

    /** As the controller checks: an indicator's own rules only for an indicator. */
    private void checkFor(EntryKind kind, EntryForm form, BindingResult errors) {
        if (kind == EntryKind.INDICATOR) {
            validator.validate(form, errors, EntryForm.Indicator.class);
        }
    }

    @Test
    void codesAreUpperCasedAndTrimmed() {
        assertThat(new EntryForm("  vng_6_new_sign ", null, "x", "y", null).code()).isEqualTo("VNG_6_NEW_SIGN");
    }

    @Test
    void anIndicatorNeedsAGroupAndAWeightFromOneToThree() {
        EntryForm form = new EntryForm("SIGN", " ", "x", "y", "4");
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        checkFor(EntryKind.INDICATOR, form, errors);

        assertThat(errors.getFieldError("group")).isNotNull();
        assertThat(errors.getFieldError("weight")).isNotNull();
    }

    @Test
    void aValidIndicatorPasses() {
        EntryForm form = new EntryForm("SIGN", "VNG_1", "x", "y", "3");
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        checkFor(EntryKind.INDICATOR, form, errors);

        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void groupsAndFormsNeedNeitherGroupNorWeight() {
        EntryForm form = new EntryForm("SEXUAL", null, "x", "y", null);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        checkFor(EntryKind.GROUP, form, errors);
        checkFor(EntryKind.FORM, form, errors);

        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aWeightOtherThanOneTwoOrThreeIsRefused() {
        for (String weight : new String[] {"0", "veel", "", "1.5"}) {
            EntryForm form = new EntryForm("SIGN", "VNG_1", "x", "y", weight);
            BindingResult errors = new BeanPropertyBindingResult(form, "form");

            checkFor(EntryKind.INDICATOR, form, errors);

            assertThat(errors.getFieldErrors("weight")).as(weight).hasSize(1);
        }
    }

    @Test
    void urlSegmentsNameTheKinds() {
        assertThat(EntryKind.ofSegment("indicatoren")).contains(EntryKind.INDICATOR);
        assertThat(EntryKind.ofSegment("groepen")).contains(EntryKind.GROUP);
        assertThat(EntryKind.ofSegment("vormen")).contains(EntryKind.FORM);
        assertThat(EntryKind.ofSegment("INDICATOR")).isEmpty();
    }
}
