/**
 * Programs that run during the OpenSRDI build, such as {@link org.opensrdi.buildtools.OpenApiBundler}.
 * Internal, not API: nothing here is published for users.
 */
package org.opensrdi.buildtools;
