/**
 * How query, path and header parameters are read: one converter per type (numbers, booleans, dates,
 * instants, durations, enums, texts) that refuses a malformed value with a 400 problem naming the
 * parameter, so no resource parses a parameter by hand.
 */
package org.servicelevel.interfaces.rest.param;
