/** The survey campaign page: a campaign's questions, answer entry by the provider's staff, and its report. */
package org.servicelevel.interfaces.web.survey;
