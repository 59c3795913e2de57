package org.opensrdi.sdk.criteria;

import java.util.Optional;
import org.opensrdi.model.SizeClass;

/**
 * What the SME size classification (《中小企业划型标准规定》工信部联企业〔2011〕300号) says of an
 * enterprise (spec/docs/rules/README.md §8.1).
 *
 * @since 0.1.0
 */
public enum SizeOutcome {

    /** 大型企业. */
    LARGE,
    /** 中型企业. */
    MEDIUM,
    /** 小型企业. */
    SMALL,
    /** 微型企业. */
    MICRO,
    /** The industry is outside the standard (finance, rail transport, education, …). */
    NOT_COVERED,
    /** The data do not decide the class; see the possible classes. */
    UNDETERMINED;

    /**
     * The model's size class of this outcome.
     *
     * @return LARGE, MEDIUM, SMALL or MICRO; empty for NOT_COVERED and UNDETERMINED
     */
    public Optional<SizeClass> sizeClass() {
        return this == NOT_COVERED || this == UNDETERMINED ? Optional.empty() : Optional.of(SizeClass.fromValue(name()));
    }
}
