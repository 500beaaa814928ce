"""rasid's own Arabic named-entity recogniser: features, a linear-chain CRF, training and evaluation."""
