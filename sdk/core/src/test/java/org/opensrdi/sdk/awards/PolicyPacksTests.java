package org.opensrdi.sdk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;

/** {@link PolicyPacks}: the bundled packs by jurisdiction and nesting, and packs read from files. */
class PolicyPacksTests {

    @TempDir
    Path directory;

    @Test
    void theFiveSourcePlansAreBundled() {
        assertThat(PolicyPacks.bundled()).extracting(PolicyPack::getPackId).containsExactly(
                "321202-2023-srdi-three-year", "420000-2023-srdi-measures", "500116-2022-srdi-special-action",
                "652700-2023-srdi-doubling", "652722-2022-hte-doubling");
    }

    @Test
    void packsLoadByJurisdictionCode() {
        assertThat(PolicyPacks.bundled("652722")).extracting(PolicyPack::getPackId).containsExactly("652722-2022-hte-doubling");
        assertThat(PolicyPacks.bundled("110000")).isEmpty();
    }

    @Test
    void aJingheEnterpriseGetsThePacksOfJingheAndBortalaHighestFirst() {
        assertThat(PolicyPacks.bundledApplicableTo("652722")).extracting(PolicyPack::getPackId)
                .containsExactly("652700-2023-srdi-doubling", "652722-2022-hte-doubling");
        assertThat(PolicyPacks.bundledApplicableTo("420111")).extracting(PolicyPack::getPackId)
                .containsExactly("420000-2023-srdi-measures");
    }

    @Test
    void aPackFileIsReadAndCheckedAgainstTheSchema() throws IOException {
        Path file = directory.resolve("pack.json");
        OpenSrdi.jsonMapper().writeValue(file.toFile(), PolicyPacks.bundled("652722").get(0));
        assertThat(PolicyPacks.read(file).getPackId()).isEqualTo("652722-2022-hte-doubling");

        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, Files.readString(file).replace("\"payer\":\"652722\"", "\"payer\":\"6527\""),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PolicyPacks.read(broken)).isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("not a valid policy pack");
        assertThatThrownBy(() -> PolicyPacks.read(directory.resolve("none.json"))).isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining("none.json");
    }
}
