"""Short articles written for the digest tests: an original, its syndicated copy, a rewrite that
keeps its lede, and two distinct stories told from one template."""

ORIGINAL = """Museum returns looted bronze head to Benin after 127 years

The Eastmoor Museum will return a bronze head taken from Benin City in 1897 to Nigeria next month, its trustees said on Friday, after a two-year review of its collection.

The head, one of 16 Benin bronzes held by the museum, will be handed to the National Commission for Museums and Monuments at a ceremony in Lagos on 14 December.

"Keeping it was never ours to decide," said the museum's director, Clara Lindgren. "We are glad it is going home."

The trustees said the other 15 objects would follow within three years, once their history had been checked.

Nigeria has asked museums in Europe and North America to return more than 5,000 objects taken in the 1897 raid.
"""
COPY = """EASTMOOR GAZETTE

Looted bronze head going home to Benin, says Eastmoor Museum | Eastmoor Gazette

The Eastmoor Museum will return a bronze head taken from Benin City in 1897 to Nigeria next month, its trustees say, after a two-year review of its collection.

The head, one of 16 Benin bronzes held by the museum, will be handed to the National Commission for Museums and Monuments at a ceremony in Lagos on 14 December.

"Keeping it was never ours to decide," said the museum's director, Clara Lindgren. "We are glad it is going home."

Nigeria has asked museums in Europe and North America to return more than 5,000 objects taken in the 1897 raid.
"""
REWRITE = """Benin bronze to leave Eastmoor after review

The Eastmoor Museum will return a bronze head taken from Benin City in 1897 to Nigeria next month, its trustees said on Friday, after a two-year review of its collection.

The trustees said the other 15 objects would follow within three years, once their history had been checked.

Visitors will be able to see the head one last time in a free exhibition that opens on Saturday and runs until the end of November.
"""
DISTINCT = """Council approves new cycle lanes on Portmere seafront

Councillors in Portmere approved 4.5 kilometres of protected cycle lanes along the seafront on Wednesday, after a consultation in which 3,200 residents took part.

The lanes will run from the harbour to Southwick beach and cost £6.8 million, most of it from a government grant for active travel.

Shop owners on the promenade said they feared losing 140 parking spaces during the summer season.

Work is due to begin in March and to finish before the school holidays.
"""
SAME_TEMPLATE = """Council approves new bus lanes on Eastmoor high street

Councillors in Eastmoor approved 2.1 kilometres of bus lanes along the high street on Thursday, after a consultation in which 900 residents took part.

The lanes will run from the ferry terminal to the hospital and cost £2.3 million, paid from the island's transport budget.

Taxi drivers said the lanes would slow their trips to the terminal at peak hours.

Work is due to begin in May and to finish by the autumn.
"""
FOLLOW_UP = """Benin bronze handed back at Lagos ceremony

A bronze head taken from Benin City in 1897 was handed back to Nigeria at a ceremony in Lagos on Saturday, a month after the Eastmoor Museum's trustees agreed to return it after a review of its collection.

The director of the Eastmoor Museum, Clara Lindgren, gave the head to the National Commission for Museums and Monuments, which will show it in Benin City from the new year.

The museum holds 15 more Benin bronzes, which its trustees have promised to return within three years.

Nigeria has asked museums in Europe and North America to return more than 5,000 objects taken in the 1897 raid.
"""
