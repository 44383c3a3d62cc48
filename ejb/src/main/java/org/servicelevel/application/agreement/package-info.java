/**
 * Agreements (SLAs, OLAs, underpinning contracts): their terms, versions, lifecycle, consistency reports
 * and review reminders.
 */
package org.servicelevel.application.agreement;
