/** Agreement screens: the list, an agreement's page with its terms, versions, lifecycle and consistency check, and the side-by-side view of two versions; the editor is in {@code editor}. */
package org.servicelevel.interfaces.web.agreement;
