/** The survey service: one transaction per use case, roles and the caller's organisation applied here. */
package org.servicelevel.application.survey.internal;
