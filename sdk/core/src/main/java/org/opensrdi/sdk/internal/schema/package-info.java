/**
 * The JSON Schema validator wiring (json-schema-validator). Internal, not API.
 */
package org.opensrdi.sdk.internal.schema;
