"""How many (product, category) links a complete crawl of DemoCatalog.generate(N) finds.

Mirrors DemoCatalog.generateProduct: the leaf, its parent (every leaf but "bags" has one), a
gender, a brand, "sale" for every 5th product and "new-arrivals" when id % 7 == 3.
    python3 expected_links.py 10000  ->  47286 (for instance)
"""
import sys

LEAVES_WITH_PARENT = [True, True, True, True, True, False, True, True]
n = int(sys.argv[1])
print(sum(3 + LEAVES_WITH_PARENT[(i - 1) % 8] + (i % 5 == 0) + (i % 7 == 3) for i in range(1, n + 1)))
