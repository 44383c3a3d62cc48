/**
 * Users, roles, passwords and API tokens: who a caller is and what they may do.
 */
package org.servicelevel.application.identity;
