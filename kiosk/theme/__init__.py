"""Theme data: colours, type scale, spacing and touch sizes for each display variant."""
