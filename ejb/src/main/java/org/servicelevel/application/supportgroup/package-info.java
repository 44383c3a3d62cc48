/**
 * Support groups: lines, field engineers and suppliers that tickets are assigned to.
 */
package org.servicelevel.application.supportgroup;
