/**
 * The screens of customer organisations: the list with its search, and one customer to read, create
 * or change with its coordinator and agreements.
 */
package org.servicelevel.interfaces.web.customer;
