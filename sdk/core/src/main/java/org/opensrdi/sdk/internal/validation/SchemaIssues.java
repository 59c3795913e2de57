package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Maps json-schema-validator errors to OpenSRDI codes by keyword (spec/docs/validation.md §3.2); raw
 * messages are never passed through except as a detail of SRDI-E2099. Internal, not API.
 */
final class SchemaIssues {

    private final IssueCatalogue catalogue;

    SchemaIssues(IssueCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The issue for one schema error.
     *
     * @param error the validator's error
     * @param at the record's (or document's) location
     * @return the issue
     */
    Issue toIssue(Error error, IssueLocation at) {
        String pointer = error.getInstanceLocation().toString();
        String keyword = String.valueOf(error.getKeyword());
        JsonNode instance = error.getInstanceNode();
        String value = instance == null ? "" : instance.isTextual() ? instance.textValue() : instance.toString();
        if (value.length() > 80) {
            value = value.substring(0, 80) + "…";
        }
        switch (keyword) {
            case "required":
                // Point at the missing property itself, which tells the user more than its parent.
                return catalogue.issue("SRDI-E2001", at.withPointer(pointer + "/" + escape(error.getProperty())),
                        "property", error.getProperty());
            case "type":
                return catalogue.issue("SRDI-E2002", at.withPointer(pointer), "expected", argument(error, 1));
            case "enum":
                return catalogue.issue("SRDI-E2003", at.withPointer(pointer), "value", value);
            case "pattern":
                return catalogue.issue("SRDI-E2004", at.withPointer(pointer), "value", value);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
                return catalogue.issue("SRDI-E2005", at.withPointer(pointer), "value", value,
                        "detail", keyword + " " + argument(error, 0));
            case "multipleOf":
                return catalogue.issue("SRDI-E2006", at.withPointer(pointer), "value", value,
                        "multipleOf", argument(error, 0));
            case "additionalProperties":
                String property = error.getProperty();
                return catalogue.issue("SRDI-E2007", at.withPointer(pointer + "/" + escape(property)),
                        "property", property);
            case "format":
                return catalogue.issue("SRDI-E2008", at.withPointer(pointer), "value", value,
                        "format", argument(error, 0));
            case "minLength", "maxLength":
                return catalogue.issue("SRDI-E2009", at.withPointer(pointer), "detail", keyword + " " + argument(error, 0));
            case "minItems", "maxItems", "uniqueItems":
                return catalogue.issue("SRDI-E2010", at.withPointer(pointer), "detail", keyword + " " + argument(error, 0));
            case "minProperties", "maxProperties":
                if (pointer.isEmpty()) {
                    return catalogue.issue("SRDI-E2011", at.withPointer(pointer));
                }
                return catalogue.issue("SRDI-E2099", at.withPointer(pointer), "detail", keyword + " " + argument(error, 0));
            default:
                return catalogue.issue("SRDI-E2099", at.withPointer(pointer), "detail", keyword + ": " + error.getMessage());
        }
    }

    private static String argument(Error error, int i) {
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > i ? String.valueOf(arguments[i]) : "";
    }

    private static String escape(String token) {
        return token == null ? "" : token.replace("~", "~0").replace("/", "~1");
    }
}
