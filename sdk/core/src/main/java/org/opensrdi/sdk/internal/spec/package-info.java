/**
 * Access to the specification files on the classpath. Internal, not API.
 */
package org.opensrdi.sdk.internal.spec;
