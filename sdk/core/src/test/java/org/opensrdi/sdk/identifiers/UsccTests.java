package org.opensrdi.sdk.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100-2015 and GB 11714 check characters. Vectors: shared/domain/national-rules.md §5.2–5.3
 * (real codes from public sources, each verified there; the GB 11714-1997 annex example D2143569-X).
 */
class UsccTests {

    @ParameterizedTest(name = "{0} is valid in both layers")
    @ValueSource(strings = {
        "914403001922038216", // 华为技术有限公司
        "9144030071526726XG", // 腾讯科技（深圳）有限公司
        "91440300708461136T",
        "91330100799655058B", // 阿里巴巴（中国）有限公司
        "91110108551385082Q", // 小米科技有限责任公司
        "91110000802100433B", // 北京百度网讯科技有限公司
        "91440300192317458F", // 比亚迪股份有限公司
        "91350900587527783P", // 宁德时代新能源科技股份有限公司
        "91440400192548256N", // 珠海格力电器股份有限公司
        "91350100M000100Y43", // GB 32100-2015 annex example
        "91110000710926094P"
    })
    void realCodesAreValid(String uscc) {
        assertThat(Uscc.isValid(uscc)).isTrue();
        assertThat(Uscc.checkCharacter(uscc)).isEqualTo(uscc.charAt(17));
    }

    @ParameterizedTest(name = "{0} fails the USCC check character")
    @ValueSource(strings = {
        "91110108717809965C", "91110000800088421P", "9133010057462616XH", "91110108355231542F",
        "91110108MA01712M9L",
        "914403001922038217" // 华为's code with the last character altered; the right one is 6
    })
    void publishedNegativesFail(String uscc) {
        assertThat(Uscc.isValid(uscc)).isFalse();
    }

    @Test
    void alteredHuaweiCodeExpectsSix() {
        assertThat(Uscc.checkCharacter("914403001922038217")).isEqualTo('6');
    }

    @Test
    void checkValueThirtyOneWrapsToZero() {
        // Synthetic vector of national-rules §5.3: Σ ≡ 0 (mod 31) gives 31, written as '0'.
        assertThat(Uscc.checkCharacter("911100001000000020")).isEqualTo('0');
    }

    @Test
    void checkValueThirtyIsY() {
        assertThat(Uscc.checkCharacter("9111000010000000CY")).isEqualTo('Y');
    }

    @ParameterizedTest(name = "organisation code {0} has check character {1}")
    @CsvSource({
        "D2143569, X", // GB 11714-1997 annex example
        "12345678, 8", "87654321, 0", "MA1FL0LY, 9", "74371976, 1", "L1832212, 3", "76822546, 9",
        "19220382, 1" // embedded in 华为's USCC
    })
    void organisationCodeCheckCharacters(String body, char expected) {
        assertThat(Uscc.organisationCodeCheckCharacter(body)).contains(expected);
    }

    @Test
    void handWorkedOrganisationCode() {
        // D2143569: values 13,2,1,4,3,5,6,9 × weights 3,7,9,10,5,8,4,2
        // = 39+14+9+40+15+40+24+18 = 199; 199 mod 11 = 1; 11 − 1 = 10 → 'X'.
        assertThat(Uscc.organisationCodeCheckCharacter("D2143569")).contains('X');
    }

    @Test
    void formRejectsLettersOutsideTheSetAndInTheDivision() {
        assertThat(Uscc.hasValidForm("91440300192203821I")).isFalse(); // I is not used
        assertThat(Uscc.hasValidForm("9144A3001922038216")).isFalse(); // positions 3–8 are digits
        assertThat(Uscc.hasValidForm("91440300192203821")).isFalse();
        assertThat(Uscc.hasValidForm(null)).isFalse();
    }

    @Test
    void checkCharacterNeedsSeventeenCharacters() {
        assertThatThrownBy(() -> Uscc.checkCharacter("9144")).isInstanceOf(IllegalArgumentException.class);
    }
}
