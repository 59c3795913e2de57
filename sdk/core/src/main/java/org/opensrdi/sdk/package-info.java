/**
 * The OpenSRDI SDK for embedders: read the specification ({@link org.opensrdi.sdk.SpecResources}),
 * read and write documents ({@link org.opensrdi.sdk.OpenSrdi#jsonMapper()}) as the generated
 * {@code org.opensrdi.model} classes, and validate them ({@link org.opensrdi.sdk.SchemaValidator}).
 *
 * <p>Every failure to use the SDK correctly, or to read what it needs, is an
 * {@link org.opensrdi.sdk.OpenSrdiException}; findings about a document are values, never
 * exceptions.
 *
 * @since 0.1.0
 */
package org.opensrdi.sdk;
