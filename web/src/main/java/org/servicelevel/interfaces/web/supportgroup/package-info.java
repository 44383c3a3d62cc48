/**
 * The screens of support groups: the list, and one group to read, create or change with its line,
 * lead and members chosen from the provider's staff.
 */
package org.servicelevel.interfaces.web.supportgroup;
