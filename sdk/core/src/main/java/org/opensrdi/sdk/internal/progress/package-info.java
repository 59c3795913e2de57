/**
 * The progress calculator behind {@code org.opensrdi.sdk.progress}: counting, expected paths,
 * statuses, consistency checks and rendering. Internal, not API: it may change in any release.
 */
package org.opensrdi.sdk.internal.progress;
