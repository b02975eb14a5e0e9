using System.CommandLine;
using FiscalWarehouse.Etl.Identity;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>
/// `--unit --year --kind --phase`: state a report's identity when the document prints it nowhere or wrong. Shared by
/// load, extract and validate so the names, help and checks stay identical; a value that cannot be a report's identity
/// is a usage error (exit 2).
/// </summary>
internal sealed class IdentityOptions
{
    private readonly Option<string?> _unit = new("--unit") { Description = "The unit's name (部门/单位名称), when the document does not print it or prints it wrong." };
    private readonly Option<int?> _year = new("--year") { Description = $"The year the report is about ({YearRange.First}…this year + 2)." };
    private readonly Option<string?> _kind = new("--kind") { Description = "部门 (department) or 单位 (unit)." };
    private readonly Option<string?> _phase = new("--phase") { Description = "预算 (budget) or 决算 (final)." };

    public IdentityOptions()
    {
        _year.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } year && !YearRange.Contains(year))
            {
                r.AddError($"--year {year} is outside {YearRange.Describe()}");
            }
        });
        _kind.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } kind && StatedIdentity.ParseKind(kind) is null)
            {
                r.AddError($"--kind '{kind}' is neither 部门 (department) nor 单位 (unit)");
            }
        });
        _phase.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } phase && StatedIdentity.ParsePhase(phase) is null)
            {
                r.AddError($"--phase '{phase}' is neither 预算 (budget) nor 决算 (final)");
            }
        });
        _unit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } unit && (string.IsNullOrWhiteSpace(UnitMarkup.Strip(unit)) || unit.Any(char.IsControl)))
            {
                r.AddError("--unit must name the unit (no control characters, not only markup)");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_unit);
        command.Options.Add(_year);
        command.Options.Add(_kind);
        command.Options.Add(_phase);
    }

    public StatedIdentity Read(ParseResult parse)
    {
        var unit = parse.GetValue(_unit);
        var kind = parse.GetValue(_kind);
        var phase = parse.GetValue(_phase);
        return new StatedIdentity(
            unit is null ? null : UnitMarkup.Strip(unit).Trim(),
            parse.GetValue(_year),
            kind is null ? null : StatedIdentity.ParseKind(kind),
            phase is null ? null : StatedIdentity.ParsePhase(phase));
    }
}
