/**
 * The OpenSRDI data model: one class per schema of the specification, generated at build time.
 *
 * @since 0.1.0
 */
module org.opensrdi.model {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    // Only for @Generated, which is not kept in class files.
    requires static jakarta.annotation;

    exports org.opensrdi.model;
    // Plain data classes: open to Jackson, Bean Validation and any other reflective reader.
    opens org.opensrdi.model;
}
