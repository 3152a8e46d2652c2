"""Learning-rate schedules in closed form, matching torch.optim.lr_scheduler.

``make_schedule(spec, base_lr)`` returns a ``Schedule``: ``schedule(step)`` is the learning rate
for the optimizer step that follows ``step`` steps already taken (0-based), the value torch's
``get_last_lr()`` gives after ``step`` calls of ``scheduler.step()``.  The schedules advance once
per optimizer step.

``base_lr`` is a settable attribute: the GUI changes the learning rate during a run by assigning
it.  The new base LR applies from the next call and the schedule's position continues (it is not
restarted): a step schedule halfway through its second period keeps its factor gamma, a cosine
schedule keeps its phase and anneals from the new base LR towards eta_min.

| name | torch equivalent | lr(step) |
|---|---|---|
| constant | none | base_lr |
| step | StepLR(step_size, gamma) | base_lr * gamma ** (step // step_size) |
| exponential | ExponentialLR(gamma) | base_lr * gamma ** step |
| cosine | CosineAnnealingLR(T_max=t_max, eta_min) | eta_min + (base_lr - eta_min) * (1 + cos(pi * step / t_max)) / 2 |
| warmup | LinearLR(start_factor=1/warmup_steps, total_iters=warmup_steps) | base_lr * (s + (1 - s) * min(step, W) / W), s = 1/W |

Cosine follows torch past t_max too: the cosine continues, so the LR rises again after t_max
as torch's CosineAnnealingLR does.  Warmup starts at base_lr / warmup_steps and
reaches base_lr after warmup_steps steps, then stays there.
"""
from __future__ import annotations

import math

from engine.spec import ScheduleSpec


class Schedule:
    """A learning rate as a function of the number of optimizer steps taken, over a settable base LR."""

    def __init__(self, base_lr: float, params: dict):
        self.base_lr = float(base_lr)
        self.params = dict(params)

    def __call__(self, step: int) -> float:
        return self.base_lr * self.factor(step)

    def factor(self, step: int) -> float:
        """The multiplier of base_lr at ``step``."""
        return 1.0


class StepSchedule(Schedule):
    def factor(self, step: int) -> float:
        return self.params["gamma"] ** (step // self.params["step_size"])


class ExponentialSchedule(Schedule):
    def factor(self, step: int) -> float:
        return self.params["gamma"] ** step


class CosineSchedule(Schedule):
    def __call__(self, step: int) -> float:
        eta_min = self.params["eta_min"]
        return eta_min + (self.base_lr - eta_min) * self.factor(step)

    def factor(self, step: int) -> float:
        """The cosine's fraction of the way from eta_min to base_lr."""
        return (1.0 + math.cos(math.pi * step / self.params["t_max"])) / 2.0


class WarmupSchedule(Schedule):
    def factor(self, step: int) -> float:
        total = self.params["warmup_steps"]
        start = 1.0 / total
        return start + (1.0 - start) * min(step, total) / total


SCHEDULE_CLASSES: dict[str, type[Schedule]] = {
    "constant": Schedule, "step": StepSchedule, "exponential": ExponentialSchedule,
    "cosine": CosineSchedule, "warmup": WarmupSchedule,
}


def make_schedule(spec: ScheduleSpec, base_lr: float) -> Schedule:
    """The schedule ``spec`` names, starting from ``base_lr``; parameters default as in SCHEDULE_DEFAULTS."""
    return SCHEDULE_CLASSES[spec.name](base_lr, spec.resolved())
