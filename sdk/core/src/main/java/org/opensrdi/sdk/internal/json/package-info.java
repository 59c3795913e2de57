/**
 * The Jackson configuration of the SDK. Internal, not API.
 */
package org.opensrdi.sdk.internal.json;
