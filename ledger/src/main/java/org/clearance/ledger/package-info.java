package org.clearance.ledger;
