/**
 * The {@code opensrdi} command line tool. An application, not a library: nothing here is API.
 */
package org.opensrdi.cli;
