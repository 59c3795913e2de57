/**
 * Service provider interfaces for extenders of the SDK, such as a province plugging in its own
 * indicators or rules. Empty in 0.1.0: the first interfaces arrive with the rule engine.
 *
 * @since 0.1.0
 */
package org.opensrdi.sdk.spi;
