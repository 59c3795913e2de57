package org.opensrdi.sdk.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opensrdi.sdk.SpecResources;

/** The OpenAPI document parses with the parser OpenAPI Generator uses, as written and bundled. */
class OpenApiDocumentTests {

    @Test
    void theOpenApiDocumentAsWrittenParsesWithoutMessages() {
        // References are not followed here: swagger-parser cannot resolve a "#/$defs/X" inside an
        // external 3.1 schema file ("Could not find /$defs/X in contents of #/$defs/X"), which is
        // one reason the build bundles the document. The bundle below is resolved in full; the
        // schema files are checked on their own by SchemaFilesTests.
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(SpecModel.openApiText(), null, options(false));

        assertThat(result.getMessages()).as("messages for %s", SpecModel.OPENAPI).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void theBundledOpenApiDocumentResolvesWithoutMessagesAndIsSelfContained() throws IOException {
        String bundled;
        try (InputStream stream = SpecResources.open(SpecModel.BUNDLED_OPENAPI)) {
            bundled = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(bundled, null, options(true));

        assertThat(result.getMessages()).as("messages for %s", SpecModel.BUNDLED_OPENAPI).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(bundled).as("%s refers to no schema file", SpecModel.BUNDLED_OPENAPI)
                .doesNotContain(".schema.json\"").doesNotContain("$defs");
    }

    private static ParseOptions options(boolean resolve) {
        ParseOptions options = new ParseOptions();
        options.setResolve(resolve);
        return options;
    }
}
