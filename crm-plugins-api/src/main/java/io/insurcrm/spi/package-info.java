/**
 * The InsurCRM plugin SPI: what a plugin sees and implements. It depends on the JDK only and holds
 * interfaces, records and enums of its own, never types of the CRM's core.
 */
package io.insurcrm.spi;
