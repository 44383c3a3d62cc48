/** The home page of support staff and customers' users: the work queue. */
package org.servicelevel.interfaces.web.home;
