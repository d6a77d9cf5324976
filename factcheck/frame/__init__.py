"""The frame of a claim: the thing it is about, the quantity it gives, the period it covers,
its role (a level, a change, an earlier value, a forecast…) and its unit of account."""
