/**
 * Analyses over the rule packs, overlays and catalog: what a compliant variant must give up (design), what a
 * proposed rule would change (scenarios), what a policy costs and captures (impact), and the charts and reports that
 * show them. Above core and loader; core knows nothing of it.
 */
package org.clearance.analysis;
