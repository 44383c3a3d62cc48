/**
 * Editing agreements on the screens: the new-agreement page, and the terms editor for a draft or for
 * a new version of an agreement in force. The forms hold the terms as people type them (targets in
 * hours and minutes, weights and scores in percent) and hand whole terms to the agreement service,
 * whose rules decide; its refusals come back next to the inputs they name.
 */
package org.servicelevel.interfaces.web.agreement.editor;
