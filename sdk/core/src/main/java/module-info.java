/**
 * The embeddable OpenSRDI SDK. Embedders use {@code org.opensrdi.sdk}; extenders implement
 * {@code org.opensrdi.sdk.spi}; everything else is internal.
 *
 * @since 0.1.0
 */
module org.opensrdi.sdk {
    requires transitive org.opensrdi.model;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.networknt.schema;
    // json-schema-validator checks the date and date-time formats with it, but requires it only
    // statically; without this line it is missing on the module path.
    requires com.ethlo.time;
    // The specification: a jar of resources only, so an automatic module.
    requires org.opensrdi.spec;
    requires jakarta.validation;
    requires org.hibernate.validator;

    exports org.opensrdi.sdk;
    exports org.opensrdi.sdk.validation;
    exports org.opensrdi.sdk.identifiers;
    exports org.opensrdi.sdk.awards;
    exports org.opensrdi.sdk.criteria;
    exports org.opensrdi.sdk.progress;
    // org.opensrdi.sdk.spi is exported too once it has its first interface: javac refuses to
    // export a package without types.
}
