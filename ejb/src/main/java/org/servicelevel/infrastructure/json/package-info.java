/**
 * JSON documents kept in the database: the months' results written and read with JSON-P
 * ({@link org.servicelevel.infrastructure.json.ResultDocumentJson}).
 */
package org.servicelevel.infrastructure.json;
